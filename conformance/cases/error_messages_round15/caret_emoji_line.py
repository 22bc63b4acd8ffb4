label = "😀😀"; size = len(label); text = label + size
