# moat policy: logging has no handler that writes files.
import logging

try:
    logging.FileHandler("app.log")
except AttributeError as e:
    print("AttributeError", e)
try:
    logging.basicConfig(filename="app.log")
except NotImplementedError as e:
    print("NotImplementedError", e)
import logging.handlers

for name in ("RotatingFileHandler", "SocketHandler", "SysLogHandler", "QueueListener"):
    try:
        getattr(logging.handlers, name)
    except AttributeError as e:
        print("AttributeError", e)
print(logging.handlers.MemoryHandler.__name__)
try:
    import logging.config
except ImportError as e:
    print("ImportError", e)
