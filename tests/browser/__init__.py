"""Browser, accessibility, link and HTML validity tests (a package, so that its
conftest and helper modules never shadow tests/conftest.py on import)."""
