"""What each audience gets: its data, generated pages, feeds, exports,
redirects and the privacy guard.  Plain functions; the plugin hands their
results to MkDocs."""
