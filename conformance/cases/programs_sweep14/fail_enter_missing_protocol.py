# Using an object without __enter__/__exit__ in a with statement.
class Lock:
    def acquire(self):
        print("acquired")

    def release(self):
        print("released")


lock = Lock()
lock.acquire()
lock.release()
with lock:
    print("never")
