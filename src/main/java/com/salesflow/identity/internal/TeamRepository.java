package com.salesflow.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select t from Team t left join fetch t.supervisor order by t.name")
    List<Team> findAllWithSupervisor();
}
