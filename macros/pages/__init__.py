"""Pages as editors write them: front matter, body checks, ownership and review dates."""
