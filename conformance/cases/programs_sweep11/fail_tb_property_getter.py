class Config:
    def __init__(self, data):
        self.data = data

    @property
    def port(self):
        return int(self.data["port"])


c = Config({"port": "8080"})
print(c.port)
c.data["port"] = "http"
print(c.port + 1)
