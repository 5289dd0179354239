"""What the tests share: projects to build or break, reading built HTML, git."""
