# dataclasses.asdict copies every nested list it meets: a wide field value
# doubles itself in the copy, which the heap charges as it is built, so a
# 32 MiB budget ends the run at its memory limit.
# args: --max-memory 32M
# limit: memory
import dataclasses


@dataclasses.dataclass
class Box:
    items: object


box = Box([[i] for i in range(1000000)])
print(len(dataclasses.asdict(box)['items']))
