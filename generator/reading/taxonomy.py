"""Reads content/taxonomy.yml: the controlled vocabularies and their human labels."""

from __future__ import annotations

import yaml

from generator.models.content import Taxonomy, VocabularyValue
from generator.reading.nodes import Reading, describe

VOCABULARIES = ("regions", "movements", "positions", "equipment", "levels", "kinds", "dose_modes")
"""The vocabularies the models use; taxonomy.yml must define each (it may add more, e.g. props)."""

def read_taxonomy(root: yaml.MappingNode, reading: Reading) -> Taxonomy:
    """Gives vocabulary name -> value id -> value, reporting malformed entries."""
    taxonomy: Taxonomy = {}
    for key, values in root.value:
        if not isinstance(values, yaml.MappingNode):
            reading.report(values, "E103", f"vocabulary {key.value!r}: expected a mapping of "
                           f"values, got {describe(values)}")
            continue
        taxonomy[key.value] = {}
        for value_key, entry in values.value:
            value = _read_entry(key.value, value_key, entry, reading)
            if value:
                taxonomy[key.value][value.id] = value
    for name in VOCABULARIES:
        if name not in taxonomy:
            reading.report(root, "E101", f"missing vocabulary {name!r}")
            taxonomy[name] = {}
    return taxonomy


def _read_entry(vocabulary: str, key: yaml.Node, entry: yaml.Node,
                reading: Reading) -> VocabularyValue | None:
    """Gives one vocabulary value; it needs a label and a description."""
    where = f"{vocabulary}.{key.value}"
    if not isinstance(entry, yaml.MappingNode):
        reading.report(entry, "E103", f"field {where!r}: expected a mapping with 'label' and "
                       f"'description', got {describe(entry)}")
        return None
    facts = {k.value: v.value for k, v in entry.value if isinstance(v, yaml.ScalarNode)}
    for needed in ("label", "description"):
        if not str(facts.get(needed, "")).strip():
            reading.report(entry, "E101", f"missing required field '{where}.{needed}'")
            return None
    extra = {}
    for k, v in entry.value:
        if k.value not in ("label", "description"):
            extra[k.value] = yaml.safe_load(yaml.serialize(v)) if isinstance(v, yaml.Node) else v
    return VocabularyValue(id=key.value, label=facts["label"], description=facts["description"],
                           extra=extra)
