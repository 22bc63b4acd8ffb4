int.from_bytes()
