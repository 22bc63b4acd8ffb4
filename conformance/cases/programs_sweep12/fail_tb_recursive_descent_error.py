class ParseError(Exception):
    pass


def parse_list(s, i=0):
    assert s[i] == "["
    i += 1
    items = []
    while s[i] != "]":
        if s[i] == "[":
            item, i = parse_list(s, i)
        else:
            j = i
            while s[j] not in ",]":
                j += 1
            if j == i:
                raise ParseError(f"empty element at {i}")
            item, i = int(s[i:j]), j
        items.append(item)
        if s[i] == ",":
            i += 1
    return items, i + 1


print(parse_list("[1,2,[3,4],[[5]]]")[0])
print(parse_list("[10,[20,30]]")[0])
print(parse_list("[1,[2,,3]]")[0])
