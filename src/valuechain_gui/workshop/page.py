"""The participants' page: one self-contained HTML file (its style and script inline, no font
or script from elsewhere), read once from the package's resources, and the Content-Security-
Policy that lets exactly its own inline style and script run."""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from importlib import resources

from .guards import CSP_BASE

#: Where the page lives in the package.
PAGE_RESOURCE = ("resources", "voting", "vote.html")


@cache
def page_bytes() -> bytes:
    """The page, as UTF-8 bytes."""
    path = resources.files("valuechain_gui").joinpath(*PAGE_RESOURCE)
    return path.read_bytes()


def _hashes(tag: str, html: str) -> str:
    blocks = re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S)
    return " ".join("'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()
                    + "'" for b in blocks)


@cache
def content_security_policy() -> str:
    """A strict policy: nothing but the page's own inline style and script (by their hashes)
    and requests to this server."""
    html = page_bytes().decode("utf-8")
    return (f"{CSP_BASE}; script-src {_hashes('script', html)}; "
            f"style-src {_hashes('style', html)}")
