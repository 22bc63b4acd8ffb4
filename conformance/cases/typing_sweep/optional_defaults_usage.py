# Everyday Optional parameters with None defaults.
from typing import Optional, List, Dict
def find(items: List[str], target: str, start: Optional[int] = None) -> Optional[int]:
    start = start or 0
    for i in range(start, len(items)):
        if items[i] == target:
            return i
    return None
print(find(["a", "b", "a"], "a", 1), find(["a"], "z"))
def merge(a: Dict[str, int], b: Optional[Dict[str, int]] = None) -> Dict[str, int]:
    return {**a, **(b or {})}
print(merge({"x": 1}), merge({"x": 1}, {"y": 2}))
print(find.__annotations__)
