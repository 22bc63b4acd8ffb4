class Vault:
    def __init__(self):
        self.__secret = 1
        self.public = 2


v = Vault()
print(v.public)
print(v.secret)
