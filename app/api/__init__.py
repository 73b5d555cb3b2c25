"""The JSON API (/api/v1): personal tokens, the same services and permissions as the pages."""
