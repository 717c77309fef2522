"""The record schema: every field of a complaint and an incident, described once.

- `field`: what a field is (kind, limits, personal data, amendable, exported…);
- `complaint`, `incident`: the two records and their parts, labelled from
  resources/records/;
- `values`: checking one value of any kind (the forms and the doors share it);
- `rules`: the rules that tie fields together;
- `records`: checking a whole saved record (what import applies);
- `erasure`: what anonymising clears.
"""
