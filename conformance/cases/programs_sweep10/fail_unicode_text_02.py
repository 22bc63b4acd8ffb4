"\ud800".encode()
