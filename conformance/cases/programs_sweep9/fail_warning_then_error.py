import warnings
class Legacy:
    def __init__(self):
        warnings.warn("Legacy is deprecated; use Modern", FutureWarning)
        self.ready = False
    def run(self):
        if not self.ready:
            raise RuntimeError("not ready")
Legacy().run()
