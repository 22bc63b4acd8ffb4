# A misspelt class attribute looked up on the class.
class Config:
    DEBUG = True
    retries = 3


print(Config.retries)
print(Config.retrys)
