class P:
    @property
    def v(self):
        return self.missing
P().v
