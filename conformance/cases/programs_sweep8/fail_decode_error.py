b"\xffabc".decode("utf-8")
