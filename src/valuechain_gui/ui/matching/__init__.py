"""Find partners for a weak or missing link: ranked candidates with their evidence, scope and
reciprocity; confirm or reject a proposed correspondence; put a candidate into the link's action;
attach a partner's own map."""
