"""The guided complaint form: one page class per kind of procedure step."""
