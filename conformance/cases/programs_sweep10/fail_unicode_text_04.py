b"\xe9".decode("ascii")
