package org.nmoregister.quality.internal;

import org.nmoregister.orders.OrderAnnex;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.quality.QualityView;
import org.springframework.stereotype.Component;

/** Adds the version's quality assurance, structured terms and findings to the order's page and API view. */
@Component
class QualityAnnex implements OrderAnnex {

    private final QualityService quality;
    private final LiaisonService liaison;

    QualityAnnex(QualityService quality, LiaisonService liaison) {
        this.quality = quality;
        this.liaison = liaison;
    }

    @Override
    public String name() {
        return "qualityAssurance";
    }

    @Override
    public Object describe(OrderSnapshot order) {
        QualityView view = quality.view(order);
        return new QualityView(view.version(), view.status(), view.clauses(), view.findings(), view.errorCount(),
                view.assuredBy(), view.assuredAt(), view.overrideReason(), liaison.forOrder(order.orderId()));
    }
}
