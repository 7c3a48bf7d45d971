"""JSON Schema (draft-07) for exercise and routine files, generated from the models.

Editors with the YAML language server read these through the `# yaml-language-server: $schema=`
line at the top of every content file, so contributors see field descriptions, allowed values
and mistakes as they type.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

from generator.models.content import Exercise, Routine, Taxonomy, model_fields

SCHEMAS = {"exercise": Exercise, "routine": Routine}
"""Schema name -> the model it describes."""


Special = Mapping[str, dict[str, Any]]
"""Reader name (a field's `reader` metadata) -> the schema of the fields that reader reads.

The figure's schema comes from figure.schema; the caller hands it in, so the models never
import the figure."""


def schema_files(taxonomy: Taxonomy, special: Special) -> dict[str, str]:
    """Gives file name -> JSON text of every schema."""
    return {f"{name}.schema.json": json.dumps(content_schema(model, taxonomy, special), indent=2,
                                              ensure_ascii=False) + "\n"
            for name, model in SCHEMAS.items()}


def content_schema(model: type, taxonomy: Taxonomy, special: Special) -> dict[str, Any]:
    """Gives the whole schema of one kind of content file."""
    schema = {"$schema": "http://json-schema.org/draft-07/schema#",
              "title": f"{model.__name__} file of the Upper Back Mobility Guide",
              **_object(model, taxonomy, special)}
    if model is Routine:
        schema["oneOf"] = [{"required": ["items"]}, {"required": ["sections"]}]
    return schema


def _object(model: type, taxonomy: Taxonomy, special: Special) -> dict[str, Any]:
    properties = {}
    required = []
    for name, (tp, meta, is_required) in model_fields(model).items():
        properties[name] = _property(tp, meta, taxonomy, special)
        if is_required:
            required.append(name)
    return {"description": (model.__doc__ or "").strip(), "type": "object",
            "properties": properties, "required": required, "additionalProperties": False}


def _property(tp: Any, meta: dict[str, Any], taxonomy: Taxonomy,
              special: Special) -> dict[str, Any]:
    if "reader" in meta:
        return {"description": meta["doc"], **special[meta["reader"]]}
    schema = {"description": meta["doc"], **_type(tp, meta, taxonomy, special)}
    if "example" in meta:
        schema["examples"] = [meta["example"]]
    elif taxonomy.get(meta.get("vocab", "")):  # a vocabulary's first value shows the form
        first = next(iter(taxonomy[meta["vocab"]]))
        schema["examples"] = [[first] if "array" in schema["type"] else first]
    return schema


def _type(tp: Any, meta: dict[str, Any], taxonomy: Taxonomy,
          special: Special) -> dict[str, Any]:
    if isinstance(tp, types.UnionType):  # X | None: the validator reads an empty value as unset
        inner = _type(next(t for t in typing.get_args(tp) if t is not type(None)), meta, taxonomy,
                      special)
        return {**inner, "type": [inner["type"], "null"],
                **({"enum": [*inner["enum"], None]} if "enum" in inner else {})}
    if typing.get_origin(tp) is tuple:
        items = _type(typing.get_args(tp)[0], {k: v for k, v in meta.items()
                                               if k in ("vocab", "pattern")}, taxonomy, special)
        return {"type": "array", "items": items, "minItems": meta.get("min_items", 0)}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _object(tp, taxonomy, special)
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        limits = {"minimum": meta.get("minimum"), "maximum": meta.get("maximum")}
        return {"type": "integer", **{k: v for k, v in limits.items() if v is not None}}
    if "vocab" in meta:
        values = taxonomy.get(meta["vocab"], {})
        return {"type": "string", "enum": list(values),
                "markdownEnumDescriptions": [f"**{v.label}**: {v.description}"
                                             for v in values.values()]}
    return {"type": "string", "minLength": 1, **({"pattern": meta["pattern"]}
                                                  if "pattern" in meta else {})}
