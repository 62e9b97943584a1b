"""One controller per resource (litestar-fullstack style): tags, operation ids, declarative route opts."""
