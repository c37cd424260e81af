"""The programme's queries: what the public sees, what needs a check, and the live ones (no drafts)."""

from django.db import models

from programmes import rules
from programmes import vocabulary as vocab


class ProgrammeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=vocab.Status.PUBLISHED)

    def visible(self):
        """What the public catalogue shows: published and ended (ended teach, never recommended)."""
        return self.filter(status__in=[vocab.Status.PUBLISHED, vocab.Status.ENDED])

    @staticmethod
    def needing_check_q(today, months: int = rules.STALE_AFTER_MONTHS) -> models.Q:
        """`programmes.rules.check_reasons` in SQL: not ended, and never or over `months` ago
        verified, or recognition expired (a table test keeps the two equal)."""
        since = rules.months_before(today, months)
        stale = models.Q(last_verified__isnull=True) | models.Q(last_verified__lt=since)
        expired = models.Q(recognition_valid_until__lt=today)
        return ~models.Q(status=vocab.Status.ENDED) & (stale | expired)

    def needing_check(self, today, months: int = rules.STALE_AFTER_MONTHS):
        return self.filter(self.needing_check_q(today, months))

    def live(self):
        """Without the drafts: a draft is edited beside its live programme and serves no one."""
        return self.filter(draft_of__isnull=True)
