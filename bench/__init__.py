"""`make bench`: build-performance benchmark. Prints figures; never asserts times."""
