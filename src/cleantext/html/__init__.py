"""HTML input: parse with lxml, walk the tree once into blocks, choose the main region, label from structure.

`cleantext.html.blocks.html_blocks` is the entry point; each module here holds one concept.
"""
