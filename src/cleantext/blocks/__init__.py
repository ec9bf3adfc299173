"""How input becomes blocks: `text` for scraped plain text, `html` for HTML pages."""
