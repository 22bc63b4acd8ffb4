b"x".decode("utf-8", "nope") if False else print("é".encode("ascii", "nope"))
