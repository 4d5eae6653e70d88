package fr.kiosque.webhook;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class WebhookEndpointRepository implements PanacheRepository<WebhookEndpoint> {

    List<WebhookEndpoint> page(PageRequest page) {
        return find("order by id").page(page.number() - 1, page.size()).list();
    }

    Optional<WebhookEndpoint> findForUpdate(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
