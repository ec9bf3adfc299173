"""Text input: scraped page text becomes blocks (one per line), with per-line features and the
main-region search that text mode's select step uses.
"""
