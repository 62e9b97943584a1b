"""Password hashing adapters (argon2id through argon2-cffi)."""
