"""Pure calculations from validated data; no MkDocs, no I/O."""
