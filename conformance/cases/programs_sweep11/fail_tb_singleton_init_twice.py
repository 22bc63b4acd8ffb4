class Registry:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self):
        if hasattr(self, "items"):
            raise RuntimeError("Registry already initialised")
        self.items = []


a = Registry()
a.items.append(1)
b = Registry()
