# logging finds a record's caller through warnings' native _caller: plain
# values only. Neither a record, a handler nor the exception info it carries
# hands out a frame, and the file handlers are not there to open files.
import logging
print(type(logging._caller(0)).__name__, [type(v).__name__ for v in logging._caller(0)])
seen = []
class Keep(logging.Handler):
    def emit(self, record):
        seen.append(record)
log = logging.getLogger("attack")
log.addHandler(Keep())
try:
    1 / 0
except ZeroDivisionError:
    log.exception("x", stack_info=True)
r = seen[0]
print(sorted(type(v).__name__ for k, v in r.__dict__.items() if k != "exc_info"))
print(type(r.exc_info[2]).__name__, r.stack_info.splitlines()[0])
try:
    logging.FileHandler("/etc/passwd")
except AttributeError as e:
    print(e)
# expect-output: tuple ['str', 'int', 'str', 'str', 'str', 'bool']
# expect-output: ['NoneType', 'float', 'float', 'float', 'int', 'int', 'int', 'int', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'tuple']
# expect-output: traceback Stack (most recent call last):
# expect-output: 'logging.FileHandler' is not available in the sandbox
# expect: AttributeError: 'tb_frame' is not available in the sandbox
r.exc_info[2].tb_frame
