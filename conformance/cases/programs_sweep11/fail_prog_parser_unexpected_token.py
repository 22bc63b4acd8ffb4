def parse_list(tokens):
    assert tokens[0] == "[", f"expected '[' got {tokens[0]!r}"
    items = []
    i = 1
    while tokens[i] != "]":
        items.append(int(tokens[i]))
        i += 1
        if tokens[i] == ",":
            i += 1
    return items


print(parse_list(list("[1,2,3]")))
print(parse_list(list("[1,2,")))
