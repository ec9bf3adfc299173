"""Fuzz target for `cleantext.extract`: any bytes give a Document or a CleantextError, and the
Document keeps its invariants (replays from its trace; text mode invents no line).

With atheris (``pip install 'cleantext-pages[fuzz]'``), coverage-guided:
    python fuzz/fuzz_extract.py [corpus_dir] -max_total_time=600
Without it, a seeded random mutator over generated pages (no coverage guidance, still useful):
    python fuzz/fuzz_extract.py --random 20000 [--seed 1]
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

FORMATS = ("auto", "text", "html")


def check_one(data: bytes) -> None:
    """Clean ``data`` (format and str/bytes chosen by its first byte) and check the result."""
    import cleantext
    from cleantext import CleantextError
    from cleantext.assemble import replay
    from cleantext.decoding import decode_source

    head, body = (data[0], data[1:]) if data else (0, b"")
    fmt = FORMATS[head % 3]
    # As str too, with bytes that are not UTF-8 as U+FFFD or, as a file read with "surrogateescape"
    # gives them, as lone surrogates.
    source: str | bytes = body.decode("utf-8", "surrogateescape" if head & 8 else "replace") if head & 4 else body
    try:
        doc = cleantext.extract(source, format=fmt)
    except CleantextError:
        return
    except NotImplementedError:
        return  # only while HTML input is not built
    again = replay(doc)
    if again != doc or again.trace != doc.trace:
        raise AssertionError("the trace does not replay to the same Document")
    # A text Document's lines are the input's, unless the input was HTML holding only lines of text
    # ("html.flat"), read as text from the lines the HTML shows.
    if doc.format == "text" and not any(w.startswith("html.flat") for w in doc.warnings):
        pipeline = cleantext.Pipeline.default()
        lines = {line.strip() for line in pipeline.repair(decode_source(source)).split("\n")}
        for line in doc.text.split("\n"):
            if line and line not in lines:
                raise AssertionError(f"invented line {line!r}")


def seeds() -> list[bytes]:
    """Starting inputs: generated pages as text and HTML (from tests/pagegen)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from pagegen import generate_page, render_html

    out = []
    for seed in range(20):
        page = generate_page(random.Random(seed))
        out.append(bytes([seed % 8]) + page.text().encode("utf-8"))
        out.append(bytes([seed % 8]) + render_html(page, random.Random(seed), malformed=True).encode("utf-8"))
    return out


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few byte-level edits: flips, inserts of interesting bytes, deletions, duplicated spans."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = rng.choice((b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\r", b"\n\n", b"<div>", b"</p>",
                                       b"&amp;", b"\xc3\xa9", b"\xe2\x80\x8b", b"|", b"\xc2\xa0", b"<!--"))
        elif op == 2 and buf:
            del buf[pos:pos + rng.randint(1, 64)]
        elif op == 3 and buf:
            span = bytes(buf[pos:pos + rng.randint(1, 256)])
            buf[pos:pos] = span * rng.randint(1, 50)
        else:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(buf)


def random_fuzz(iterations: int, seed: int) -> int:
    rng = random.Random(seed)
    pool = seeds()
    for n in range(iterations):
        data = mutate(rng, rng.choice(pool))
        try:
            check_one(data)
        except Exception:
            crash = Path(f"crash-{seed}-{n}.bin")
            crash.write_bytes(data)
            print(f"crash after {n} inputs; input saved to {crash}", file=sys.stderr)
            raise
        if rng.random() < 0.05:
            pool.append(data)  # keep some mutants so edits compound
    print(f"{iterations} inputs, no failure")
    return 0


def main() -> int:
    if "--random" in sys.argv:
        i = sys.argv.index("--random")
        seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
        return random_fuzz(int(sys.argv[i + 1]), seed)
    try:
        import atheris
    except ImportError:
        print("atheris is not installed: pip install 'cleantext-pages[fuzz]', or use --random N", file=sys.stderr)
        return 2
    with atheris.instrument_imports():
        import cleantext

        # The pipeline imports filters, repairs and the HTML walker lazily: load them all here,
        # inside the block, so they are instrumented too.
        for fmt in ("text", "html"):
            try:
                cleantext.extract("<p>warm up</p>", format=fmt)
            except NotImplementedError:
                pass
    atheris.Setup(sys.argv, check_one)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
