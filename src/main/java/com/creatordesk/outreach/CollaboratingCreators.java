package com.creatordesk.outreach;

import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.creators.CreatorId;
import java.util.Collection;
import java.util.Set;

/**
 * The one fact outreach needs from the module that runs collaborations: who is already in a collaboration
 * for a campaign, so bulk sends skip them. That module sits above outreach (it depends on the inbox, which
 * depends on outreach), so outreach can't call or listen to it; it implements this port instead. Asked at
 * every preflight, the answer is never stale. Without an implementation nobody is skipped for this reason.
 */
public interface CollaboratingCreators {

    /** The creators among {@code creators} that have a collaboration (in any status) in the campaign, current organization. */
    Set<CreatorId> among(CampaignId campaign, Collection<CreatorId> creators);
}
