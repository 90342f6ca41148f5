"""kb — a searchable, traceable knowledge base for Dutch policy documents."""

__version__ = "0.1.0"
