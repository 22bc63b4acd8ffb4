# A class of the script named KeyboardInterrupt is an ordinary exception:
# status 1, in and out of --isolated.
class KeyboardInterrupt(Exception):
    pass


raise KeyboardInterrupt("own")
