# Deeply nested and self-referencing values through the recently
# rewritten stdlib paths that recurse natively or through generated
# methods: dataclass __repr__/__eq__/__hash__ (generated, native compare
# and hash helpers), asdict/astuple, json dumps/loads of every container
# kind, deepcopy, pprint, reprlib, datetime-keyed dicts, csv cells whose
# repr nests, heapq comparisons of nested lists. Each must end in a
# catchable RecursionError (or an answer), never exhaust the C++ stack.
import copy
import csv
import dataclasses
import heapq
import io
import json
import pprint
import reprlib

N = 100000


def attempt(label, fn):
    try:
        result = fn()
        print(label, 'ran:', type(result).__name__)
    except RecursionError:
        print(label, 'RecursionError')
    except ValueError as e:
        print(label, 'ValueError', e)


def nest_list():
    x = []
    for _ in range(N):
        x = [x]
    return x


deep_list = nest_list()
deep_dict = {}
for _ in range(N):
    deep_dict = {'k': deep_dict}


@dataclasses.dataclass
class Node:
    child: object = None


@dataclasses.dataclass(frozen=True)
class FrozenNode:
    child: object = None


@dataclasses.dataclass(order=True)
class OrderedNode:
    child: object = None


deep_node = deep_frozen = None
deep_ordered, other_ordered = OrderedNode(0), OrderedNode(0)
for _ in range(N):
    deep_node = Node(deep_node)
    deep_frozen = FrozenNode(deep_frozen)
    deep_ordered = OrderedNode(deep_ordered)
    other_ordered = OrderedNode(other_ordered)
attempt('dataclass repr', lambda: repr(deep_node))
attempt('dataclass eq', lambda: deep_node == Node(Node(deep_node.child.child)))
attempt('dataclass lt', lambda: deep_ordered < other_ordered)
attempt('dataclass eq twins', lambda: deep_ordered == other_ordered)
attempt('dataclass hash', lambda: hash(deep_frozen))
attempt('asdict', lambda: dataclasses.asdict(deep_node))
attempt('astuple', lambda: dataclasses.astuple(deep_node))
attempt('replace', lambda: dataclasses.replace(deep_node))
loop = Node()
loop.child = loop
attempt('self repr', lambda: repr(loop))
attempt('self eq', lambda: loop == Node(loop))
attempt('self asdict', lambda: dataclasses.asdict(loop))
attempt('self deepcopy', lambda: copy.deepcopy(loop).child.child is not None)
attempt('json dumps list', lambda: json.dumps(deep_list))
attempt('json dumps dict', lambda: json.dumps(deep_dict))
attempt('json dumps indent', lambda: json.dumps(deep_list, indent=1))
attempt('json dumps default', lambda: json.dumps(deep_node, default=lambda o: o.child))
attempt('json loads', lambda: json.loads('[' * N + ']' * N))
attempt('json loads hook', lambda: json.loads('{"a":' * N + '1' + '}' * N, object_hook=dict))
self_list = []
self_list.append(self_list)
attempt('json self list', lambda: json.dumps(self_list))
attempt('json self list no check', lambda: json.dumps(self_list, check_circular=False))
attempt('deepcopy', lambda: copy.deepcopy(deep_list))
attempt('pprint', lambda: pprint.pformat(deep_list))
attempt('pprint dataclass', lambda: pprint.pformat(deep_node))
attempt('pprint self', lambda: pprint.pformat(self_list))
attempt('reprlib', lambda: reprlib.repr(deep_list))
attempt('csv cell', lambda: csv.writer(io.StringIO()).writerow([deep_list]))
attempt('heapq nested', lambda: heapq.heappush([deep_list], nest_list()))
# expect-output: dataclass repr RecursionError
# expect-output: dataclass eq ran: bool
# expect-output: dataclass lt RecursionError
# expect-output: dataclass eq twins RecursionError
# expect-output: dataclass hash RecursionError
# expect-output: asdict RecursionError
# expect-output: astuple RecursionError
# expect-output: replace ran: Node
# expect-output: self repr ran: str
# expect-output: self eq ran: bool
# expect-output: self asdict RecursionError
# expect-output: self deepcopy ran: bool
# expect-output: json dumps list RecursionError
# expect-output: json dumps dict RecursionError
# expect-output: json dumps indent RecursionError
# expect-output: json dumps default RecursionError
# expect-output: json loads RecursionError
# expect-output: json loads hook RecursionError
# expect-output: json self list ValueError Circular reference detected
# expect-output: json self list no check RecursionError
# expect-output: deepcopy RecursionError
# expect-output: pprint RecursionError
# expect-output: pprint dataclass RecursionError
# expect-output: pprint self ran: str
# expect-output: reprlib ran: str
# expect-output: csv cell RecursionError
# expect-output: heapq nested RecursionError
