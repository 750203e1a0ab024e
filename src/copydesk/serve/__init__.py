"""`copydesk serve`: extraction, cleaning and search over HTTP (`server.py`)."""
