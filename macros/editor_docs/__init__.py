"""What editors' tools read, generated from the models: JSON Schemas, the
field reference (docs-editors/FIELDS.md) and the new-story template."""
