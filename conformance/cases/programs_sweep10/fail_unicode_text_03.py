"€".encode("latin-1")
