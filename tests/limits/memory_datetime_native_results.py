# datetime's native arithmetic builds each result instance itself (not
# through the class's Python constructor): those instances are charged to
# the heap as any other, so a 32 MiB budget ends the run at its memory limit.
# args: --max-memory 32M
# limit: memory
import datetime

start = datetime.datetime(2020, 1, 1)
step = datetime.timedelta(seconds=1)
moments = [start + step * 0]
for _ in range(3000000):
    moments.append(moments[-1] + step)
print(len(moments))
