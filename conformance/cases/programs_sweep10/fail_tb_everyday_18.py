def outer():
    def inner():
        raise RuntimeError("deep")
    return [inner() for _ in range(1)]
outer()
