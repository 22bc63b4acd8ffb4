# Required / NotRequired in TypedDict.
from typing import TypedDict, Required, NotRequired
class User(TypedDict, total=False):
    id: Required[int]
    nick: str
class Post(TypedDict):
    title: str
    tags: NotRequired[list[str]]
print(sorted(User.__required_keys__), sorted(User.__optional_keys__))
print(sorted(Post.__required_keys__), sorted(Post.__optional_keys__))
print(User.__annotations__)
print(Post.__annotations__)
try:
    Required[int, str]
except TypeError as e:
    print("TypeError", e)
