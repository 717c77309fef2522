"""The field-editor engine: a widget for each kind of field of the record schema, and the
labelled rows (caption, help, message beside it) that both forms are built from."""
