class HttpError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"HTTP {self.status}: {self.reason}"

class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")

def fetch(path):
    if path != "/":
        raise NotFound(path)
    return "home"

print(fetch("/"))
fetch("/missing")
